"""Strict serialization: paths of every problem, the envelope, the schema."""

import datetime as dt
import json

import attrs
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


CATEGORIES = ", ".join(repr(c.value) for c in m.MenteeCategory)


def test_a_malformed_programme_with_five_errors_lists_all_five():
    data = serialization.to_dict(sample_program())
    data["mentors"][1]["capacity"] = -2  # a negative capacity
    data["mentees"][0]["person"]["experience_years"] = "1"  # "1" is not an int
    data["pairs"][1]["history"][0]["on"] = "2021-02-30"  # an impossible date
    data["mentees"][1]["category"] = "veteran"  # not a category
    data["plans"][0]["typo"] = True  # an unknown key
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Program, data)
    found = {p.path: (p.code, p.message) for p in info.value.problems}
    assert found == {
        "$.mentors[1].capacity": ("range", "must be >= 0, got -2"),
        "$.mentees[0].person.experience_years": (
            "type",
            "expected an int, got str '1'",
        ),
        "$.pairs[1].history[0].on": ("date", "'2021-02-30' is not a calendar date"),
        "$.mentees[1].category": (
            "choice",
            f"must be one of {CATEGORIES}; got 'veteran'",
        ),
        "$.plans[0].typo": (
            "unknown_key",
            "unknown key; expected one of: "
            + ", ".join(sorted(f.name for f in attrs.fields(m.MentoringPlan))),
        ),
    }


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
        ("1", "expected an int, got str '1'"),
        (1.0, "expected an int, got float 1.0"),
        (True, "expected an int, got bool true"),
        (None, "expected an int, got null"),
    ],
)
def test_no_silent_coercion_of_numbers(value, expected):
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(
            m.Mentor, {"person": {"id": "a", "name": "A"}, "capacity": value}
        )
    assert [(p.path, p.code, p.message) for p in info.value.problems] == [
        ("$.capacity", "type", expected)
    ]


def test_the_hooks_say_what_the_constructors_say():
    # One mistake, one message: the JSON reader and the constructor agree.
    with pytest.raises(m.ValidationError) as built:
        m.Person(id="a", name=5)  # type: ignore[arg-type]
    with pytest.raises(m.ValidationError) as read:
        serialization.from_dict(m.Person, {"id": "a", "name": 5})
    assert read.value.problems == built.value.problems
    with pytest.raises(m.ValidationError) as built:
        m.Mentor(person=m.Person(id="a", name="A"), capacity=-1)
    with pytest.raises(m.ValidationError) as read:
        serialization.from_dict(
            m.Mentor, {"person": {"id": "a", "name": "A"}, "capacity": -1}
        )
    assert read.value.problems == built.value.problems


def test_no_silent_coercion_of_strings_and_booleans():
    doc = {"id": "s", "person_id": 7, "on": "2021-09-01", "intends_to_stay": 1}
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.SurveyResponse, doc)
    assert [p.path for p in info.value.problems] == ["$.person_id", "$.intends_to_stay"]


def test_true_is_not_a_number():
    doc = {"indicator": "1.2", "value": True, "on": "2021-09-01"}
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Measurement, doc)
    assert [(p.path, p.code, p.message) for p in info.value.problems] == [
        ("$.value", "type", "expected a number, got bool true")
    ]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_a_number_must_be_finite(value):
    doc = {"indicator": "1.2", "value": value, "on": "2021-09-01"}
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Measurement, doc)
    assert [(p.path, p.code) for p in info.value.problems] == [("$.value", "type")]
    assert info.value.problems[0].message.startswith("expected a finite number, got")


@pytest.mark.parametrize(
    ("value", "code", "message"),
    [
        (20210901, "type", "expected a date as YYYY-MM-DD, got int 20210901"),
        ("01.09.2021", "date", "expected a date as YYYY-MM-DD, got '01.09.2021'"),
        ("2021-9-1", "date", "expected a date as YYYY-MM-DD, got '2021-9-1'"),
        ("2021-02-30", "date", "'2021-02-30' is not a calendar date"),
    ],
)
def test_a_date_is_a_real_day_written_yyyy_mm_dd(value, code, message):
    doc = {"indicator": "1.2", "value": 1, "on": value}
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Measurement, doc)
    assert [(p.path, p.code, p.message) for p in info.value.problems] == [
        ("$.on", code, message)
    ]


def test_collections_and_objects_name_what_they_expected():
    doc = {"person": "Ana", "functions": "subject"}
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Mentor, doc)
    assert [(p.path, p.code, p.message) for p in info.value.problems] == [
        ("$.person", "type", "expected a Person, got str 'Ana'"),
        ("$.functions", "type", "expected a list of MentorFunction, got str 'subject'"),
    ]


@pytest.mark.parametrize(
    ("text", "path", "code", "words"),
    [
        (
            '{"format": "mentoring.program", "version": 2}',
            "$.version",
            "version",
            "unsupported version 2; this library reads version 1",
        ),
        (
            '{"format": "other", "version": 1}',
            "$.format",
            "version",
            "unsupported format 'other'; this library reads 'mentoring.program'",
        ),
        ('{"version": 1}', "$.format", "missing", "required field is missing"),
        (
            '{"format": "mentoring.program"}',
            "$.version",
            "missing",
            "required field is missing",
        ),
        (
            "[1, 2]",
            "$",
            "type",
            "expected a programme document (a dict), got list [1, 2]",
        ),
        ("{", "$", "format", "malformed JSON: "),
        ('{"a": NaN}', "$", "format", "malformed JSON: "),
    ],
)
def test_envelope_and_malformed_json(text, path, code, words):
    with pytest.raises(m.ValidationError) as info:
        serialization.from_json(m.Program, text)
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == (path, code)
    assert problem.message.startswith(words)


def test_missing_required_fields_are_named():
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Person, {})
    assert [(p.path, p.code, p.message) for p in info.value.problems] == [
        ("$.id", "missing", "required field is missing"),
        ("$.name", "missing", "required field is missing"),
    ]


@pytest.mark.parametrize("value", [1, "Ana", {"a": 1}, None, m.MentorFunction.SUBJECT])
def test_to_dict_of_a_value_of_no_public_type_is_a_validation_error(value):
    with pytest.raises(m.ValidationError) as info:
        serialization.to_dict(value)
    assert not isinstance(info.value, TypeError)
    assert info.value.subject == "arguments of to_dict"
    (problem,) = info.value.problems
    assert (problem.path, problem.code) == ("$.obj", "type")
    assert problem.message.startswith(
        "expected a value of a public mentoring type, got"
    )


def test_to_dict_of_1_says_what_it_expected():
    with pytest.raises(m.ValidationError) as info:
        serialization.to_dict(1)
    assert str(info.value) == (
        "invalid arguments of to_dict: 1 problem\n"
        "  $.obj: expected a value of a public mentoring type, got int 1"
    )


def test_a_private_attrs_class_of_the_library_is_not_a_public_type():
    from mentoring.samples._plans import PlanShape

    with pytest.raises(m.ValidationError):
        serialization.json_schema(PlanShape)


@pytest.mark.parametrize(
    ("call", "subject", "paths"),
    [
        (lambda: serialization.to_json(1), "to_json", ["$.obj"]),
        (
            lambda: serialization.to_json(m.Person(id="a", name="A"), indent="2"),
            "to_json",
            ["$.indent"],
        ),
        (lambda: serialization.from_dict(dict, {}), "from_dict", ["$.cls"]),
        (lambda: serialization.from_dict(1, {}), "from_dict", ["$.cls"]),
        (
            lambda: serialization.from_dict(m.Person, {}, strict="yes"),
            "from_dict",
            ["$.strict"],
        ),
        (lambda: serialization.from_json(m.Person, 5), "from_json", ["$.text"]),
        (lambda: serialization.from_json(int, None), "from_json", ["$.cls", "$.text"]),
        (lambda: serialization.json_schema(int), "json_schema", ["$.cls"]),
        (lambda: serialization.json_schema("Mentor"), "json_schema", ["$.cls"]),
    ],
)
def test_a_wrong_argument_is_a_validation_error_naming_it(call, subject, paths):
    with pytest.raises(m.ValidationError) as info:
        call()
    assert info.value.subject == f"arguments of {subject}"
    assert [p.path for p in info.value.problems] == paths
    assert {p.code for p in info.value.problems} == {"type"}


def test_every_type_mentoring_schema_knows_is_a_public_type():
    from mentoring.cli import _schema_types

    for cls in _schema_types().values():
        assert serialization.json_schema(cls)["title"] == cls.__name__


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
    assert sorted((p.path, p.code, p.message) for p in info.value.problems) == [
        ("$.capacity", "duplicate", "duplicate key 'capacity'"),
        ("$.person.id", "duplicate", "duplicate key 'id'"),
    ]


def test_a_set_given_an_item_twice_names_the_second():
    doc = {"person": {"id": "a", "name": "A"}, "functions": ["subject", "subject"]}
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Mentor, doc)
    assert [(p.path, p.code, p.message) for p in info.value.problems] == [
        ("$.functions[1]", "duplicate", "duplicate item 'subject'")
    ]


def test_every_problem_has_a_known_code():
    from mentoring._problems import CODES

    data = serialization.to_dict(sample_program())
    data["mentors"][0]["person"]["grades"] = [1, 1, "x"]
    data["mentors"][1] = "t2"
    data["mentees"][0]["requested_on"] = "yesterday"
    data["plans"][0]["goal"] = None
    del data["title"]
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Program, data)
    assert {p.code for p in info.value.problems} <= set(CODES)
    assert {p.code for p in info.value.problems} == {
        "duplicate",
        "type",
        "date",
        "missing",
    }


@pytest.mark.parametrize("cls", PUBLIC_TYPES, ids=lambda c: c.__name__)
def test_schema_descriptions_are_the_library_s_own(cls):
    text = json.dumps(serialization.json_schema(cls))
    assert "Read-only" not in text
    assert "attrs" not in text
