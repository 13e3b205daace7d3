"""``mentoring schema``: the JSON Schema of any public type."""

import json

import jsonschema
import pytest

from mentoring import samples, serialization
from mentoring.cli import _schema_types, main


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


#: The 46 types ``mentoring schema`` knew before 0.1.0, when it read them from
#: the package face ``mentoring`` and four submodules.
KNOWN_BEFORE_0_1_0 = {
    "AcademicYear", "Achievement", "Activity", "Assessment", "Assignment",
    "Catalog", "Certification", "Comparison", "CompatibilityModel", "Constraint",
    "ControlReport", "Criterion", "Event", "GradeBand", "Group",
    "HealthThresholds", "Holiday", "Indicator", "Matching", "Measurement",
    "Mentee", "Mentor", "MentorLoad", "MentoringPlan", "Pair", "PairRef",
    "Person", "PlanStep", "PlanTemplate", "Program", "ProgressWeights", "Report",
    "Schedule", "Score", "ScorePart", "Signal", "Snapshot", "SuccessCriterion",
    "Suggestion", "SurveyResponse", "Target", "Term", "TermSystem", "Transition",
    "Unmatched", "Value",
}  # fmt: skip


def test_schema_types_include_the_model_and_matching():
    types = _schema_types()
    assert {"Program", "Person", "Mentor", "Mentee", "CompatibilityModel"} <= set(types)
    assert list(types) == sorted(types)


def test_schema_knows_at_least_the_types_it_knew_before():
    assert set(_schema_types()) >= KNOWN_BEFORE_0_1_0


def test_every_attrs_class_the_face_re_exports_has_a_schema():
    import attrs

    import mentoring

    exported = {
        name
        for name in mentoring.__all__
        if isinstance(obj := getattr(mentoring, name), type) and attrs.has(obj)
    }
    assert exported <= set(_schema_types())


@pytest.mark.parametrize("name", sorted(_schema_types()))
def test_every_schema_type_has_a_valid_schema_and_serializes(name, capsys):
    assert main(["schema", name]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == name
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_of_an_unknown_type_is_a_usage_error(capsys):
    assert main(["schema", "Teacher"]) == 2
    err = capsys.readouterr().err
    assert "no type 'Teacher'" in err
    assert "Program" in err


def test_schema_help(capsys):
    assert main(["schema", "--help"]) == 0
    assert (
        "usage: mentoring schema [-h] [--lang {en,ru,ro,kk}] [TYPE]"
        in capsys.readouterr().out
    )
