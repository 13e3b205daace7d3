"""Strict serialization: paths of every problem, the envelope, the schema."""

import datetime as dt
import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mentoring as m
from mentoring import serialization

START = dt.date(2021, 9, 1)


def sample_program() -> m.Program:
    year = m.AcademicYear.starting(2021)
    curator = m.Person(id="cur", name="Кобец Л.В.", subjects=frozenset({"technology"}))
    mentors = (
        m.Mentor(person=curator, capacity=2),
        m.Mentor(
            person=m.Person(id="t2", name="Костюк О.С.", grades=frozenset({3})),
            functions=frozenset({m.MentorFunction.PARALLEL_COLLEAGUE}),
        ),
    )
    mentees = (
        m.Mentee(person=m.Person(id="y1", name="Кобец А.С.", experience_years=1)),
        m.Mentee(
            person=m.Person(id="n1", name="Искакова Д.М.", grades=frozenset({3})),
            category=m.MenteeCategory.NEWLY_ARRIVED,
            requested_on=START,
        ),
    )
    pairs = (
        m.Pair.propose(id="p1", mentor_id="cur", mentee_id="n1", on=START).activate(
            on=START + dt.timedelta(days=2)
        ),
        m.Pair.propose(
            id="p2",
            mentor_id="t2",
            mentee_id="n1",
            on=START,
            function=m.MentorFunction.PARALLEL_COLLEAGUE,
        ),
    )
    plan = m.MentoringPlan(
        id="plan1",
        pair_id="p1",
        goal="adapt",
        start=START,
        end=dt.date(2022, 5, 31),
        criteria=(m.SuccessCriterion(id="c1", title="Создана пара"),),
        activities=(
            m.Activity(
                id="a1",
                title="observe a lesson",
                method=m.WorkMethod.LESSON_OBSERVATION,
                due=dt.date(2021, 10, 1),
            ),
        ),
        assessments=(
            m.Assessment(criterion_id="c1", status=m.CriterionStatus.MET, on=START),
        ),
    )
    return m.Program(
        id="school-2021",
        title="Программа наставничества 2021-2022",
        organization="school-1",
        year=year,
        jurisdiction="ru",
        curator=curator,
        mentors=mentors,
        mentees=mentees,
        pairs=pairs,
        plans=(plan,),
        events=(
            m.Event(
                id="ev1",
                kind=m.EventKind.SCIENTIFIC_PRACTICAL,
                title="Seminar",
                on=dt.date(2022, 3, 1),
                organizer="school-1",
                participant_ids=frozenset({"cur", "y1"}),
            ),
        ),
        measurements=(m.Measurement(indicator="1.2", value=1, on=START),),
        surveys=(m.SurveyResponse(id="s1", person_id="y1", on=START, satisfaction=4),),
    )


def test_programme_round_trips_through_json():
    program = sample_program()
    assert program.problems() == ()
    text = serialization.to_json(program)
    assert serialization.from_json(m.Program, text) == program


def test_programme_document_is_enveloped_and_deterministic():
    program = sample_program()
    data = serialization.to_dict(program)
    assert data["format"] == "mentoring.program"
    assert data["version"] == 1
    assert serialization.to_json(program) == serialization.to_json(
        serialization.from_json(m.Program, serialization.to_json(program))
    )
    assert data["mentors"][0]["functions"] == ["consultant"]
    assert data["pairs"][0]["history"][0]["on"] == "2021-09-01"


def test_sets_are_sorted_lists():
    person = m.Person(
        id="x", name="X", subjects=frozenset({"b", "a", "c"}), grades=frozenset({9, 2})
    )
    data = serialization.to_dict(person)
    assert data["subjects"] == ["a", "b", "c"]
    assert data["grades"] == [2, 9]


def test_a_malformed_programme_with_five_errors_lists_all_five():
    data = serialization.to_dict(sample_program())
    data["mentors"][1]["capacity"] = -2  # a negative capacity
    data["mentees"][0]["person"]["experience_years"] = "1"  # "1" is not an int
    data["pairs"][1]["history"][0]["on"] = "2021-02-30"  # an impossible date
    data["mentees"][1]["category"] = "veteran"  # not a category
    data["plans"][0]["typo"] = True  # an unknown key
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Program, data)
    found = {p.path: p.message for p in info.value.problems}
    assert set(found) == {
        "$.mentors[1].capacity",
        "$.mentees[0].person.experience_years",
        "$.pairs[1].history[0].on",
        "$.mentees[1].category",
        "$.plans[0].typo",
    }
    assert "must be >= 0" in found["$.mentors[1].capacity"]
    assert "expected an integer" in found["$.mentees[0].person.experience_years"]
    assert "not a calendar date" in found["$.pairs[1].history[0].on"]
    assert "'veteran'" in found["$.mentees[1].category"]
    assert "unknown key" in found["$.plans[0].typo"]


def test_cross_object_problems_are_refused_by_default_and_loadable_on_request():
    data = serialization.to_dict(sample_program())
    data["pairs"][0]["mentee_id"] = "ghost"
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Program, data)
    assert [p.path for p in info.value.problems] == ["$.pairs[0].mentee_id"]
    program = serialization.from_dict(m.Program, data, strict=False)
    assert [p.path for p in program.problems()] == ["$.pairs[0].mentee_id"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", "expected an integer"),
        (1.0, "expected an integer"),
        (True, "expected an integer"),
        (None, "expected an integer"),
    ],
)
def test_no_silent_coercion_of_numbers(value, expected):
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(
            m.Mentor, {"person": {"id": "a", "name": "A"}, "capacity": value}
        )
    assert expected in info.value.problems[0].message


def test_no_silent_coercion_of_strings_and_booleans():
    doc = {"id": "s", "person_id": 7, "on": "2021-09-01", "intends_to_stay": 1}
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.SurveyResponse, doc)
    assert [p.path for p in info.value.problems] == ["$.person_id", "$.intends_to_stay"]


def test_true_is_not_a_number():
    doc = {"indicator": "1.2", "value": True, "on": "2021-09-01"}
    with pytest.raises(m.ValidationError, match="expected a number"):
        serialization.from_dict(m.Measurement, doc)


@pytest.mark.parametrize(
    ("text", "path", "words"),
    [
        (
            '{"format": "mentoring.program", "version": 2}',
            "$.version",
            "unsupported version 2",
        ),
        ('{"format": "other", "version": 1}', "$.format", "mentoring.program"),
        ("[1, 2]", "$", "expected a programme document"),
        ("{", "$", "malformed JSON"),
        ('{"a": NaN}', "$", "malformed JSON"),
    ],
)
def test_envelope_and_malformed_json(text, path, words):
    with pytest.raises(m.ValidationError) as info:
        serialization.from_json(m.Program, text)
    assert info.value.problems[0].path == path
    assert words in info.value.problems[0].message


def test_missing_required_fields_are_named():
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Person, {})
    assert [p.path for p in info.value.problems] == ["$.id", "$.name"]


def test_non_mentoring_types_are_a_type_error():
    with pytest.raises(TypeError):
        serialization.to_dict({"a": 1})
    with pytest.raises(TypeError):
        serialization.from_dict(dict, {})
    with pytest.raises(TypeError):
        serialization.json_schema(int)


# -- JSON Schema -----------------------------------------------------------------

PUBLIC_TYPES = [
    m.Person,
    m.Mentor,
    m.Mentee,
    m.Certification,
    m.Pair,
    m.Transition,
    m.Group,
    m.MentoringPlan,
    m.PlanStep,
    m.Activity,
    m.SuccessCriterion,
    m.Assessment,
    m.Event,
    m.Achievement,
    m.Measurement,
    m.SurveyResponse,
    m.AcademicYear,
    m.Term,
    m.Holiday,
    m.Program,
]


@pytest.mark.parametrize("cls", PUBLIC_TYPES, ids=lambda c: c.__name__)
def test_every_schema_is_a_valid_draft_2020_12_schema(cls):
    schema = serialization.json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["additionalProperties"] is False


def test_to_dict_documents_validate_against_the_schema():
    program = sample_program()
    validator = jsonschema.Draft202012Validator(serialization.json_schema(m.Program))
    assert list(validator.iter_errors(serialization.to_dict(program))) == []


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)


def _paths(doc, prefix=()):
    yield prefix
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from _paths(v, (*prefix, i))


def _replace(doc, path, value):
    if not path:
        return value
    doc = json.loads(json.dumps(doc))
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return doc


BASE = serialization.to_dict(sample_program())
BASE_PATHS = list(_paths(BASE))
PROGRAM_VALIDATOR = jsonschema.Draft202012Validator(
    serialization.json_schema(m.Program)
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(BASE_PATHS), value=JSON)
def test_documents_the_schema_rejects_are_rejected_by_from_dict(path, value):
    doc = _replace(BASE, path, value)
    if not PROGRAM_VALIDATOR.is_valid(doc):
        with pytest.raises(m.ValidationError):
            serialization.from_dict(m.Program, doc)


@settings(max_examples=300)
@given(doc=JSON)
def test_arbitrary_json_raises_validation_error_and_nothing_else(doc):
    text = json.dumps(doc)
    try:
        serialization.from_json(m.Program, text)
    except m.ValidationError as err:
        assert err.problems
        assert all(p.path.startswith("$") for p in err.problems)


@settings(max_examples=200)
@given(path=st.sampled_from(BASE_PATHS), value=JSON)
def test_mutated_programmes_raise_validation_error_and_nothing_else(path, value):
    doc = _replace(BASE, path, value)
    try:
        serialization.from_dict(m.Program, doc)
    except m.ValidationError as err:
        assert err.problems


def test_a_repeated_key_is_refused_not_silently_dropped():
    text = (
        '{"person": {"id": "a", "id": "b", "name": "c"}, "capacity": 1, "capacity": 2}'
    )
    with pytest.raises(m.ValidationError) as info:
        serialization.from_json(m.Mentor, text)
    assert sorted(p.path for p in info.value.problems) == ["$.capacity", "$.person.id"]
    assert "more than once" in info.value.problems[0].message


@pytest.mark.parametrize("cls", PUBLIC_TYPES, ids=lambda c: c.__name__)
def test_schema_descriptions_are_the_library_s_own(cls):
    text = json.dumps(serialization.json_schema(cls))
    assert "Read-only" not in text
    assert "attrs" not in text
