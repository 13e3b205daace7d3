"""``mentoring schema``: the JSON Schema of any public type."""

import json

import jsonschema
import pytest

from mentoring import samples, serialization
from mentoring.cli import main, schema_types


def test_schema_defaults_to_the_programme_document(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Program"
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    document = serialization.to_dict(samples.load("md"))
    jsonschema.Draft202012Validator(schema).validate(document)


@pytest.mark.parametrize("name", ["Mentor", "Mentee", "Pair", "CompatibilityModel"])
def test_schema_of_a_named_type(name, capsys):
    assert main(["schema", name]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == name
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_types_include_the_model_and_matching():
    types = schema_types()
    assert {"Program", "Person", "Mentor", "Mentee", "CompatibilityModel"} <= set(types)
    assert list(types) == sorted(types)


def test_schema_of_an_unknown_type_is_a_usage_error(capsys):
    assert main(["schema", "Teacher"]) == 2
    err = capsys.readouterr().err
    assert "no type 'Teacher'" in err
    assert "Program" in err


def test_schema_help(capsys):
    assert main(["schema", "--help"]) == 0
    assert "usage: mentoring schema [-h] [TYPE]" in capsys.readouterr().out
