"""Roster parsing: every documented column, every problem with its row and column."""

import datetime as dt
import doctest
import json

import pytest

import mentoring as m
from mentoring import rosters


def test_rosters_doctests_pass():
    assert doctest.testmod(rosters).failed == 0


def test_every_mentor_column_reaches_the_model():
    text = (
        "id,name,organization,district,region,subjects,grades,experience_years,"
        "languages,interests,preferred_delivery,origin,certifications,capacity,"
        "functions,level\n"
        "t1,Ana,s1,d1,r1,maths;art,5;6,12,ro;ru,chess,online,graduate,"
        "nis_level_1@2019-06-14;mentoring_training@2020-01-02,3,"
        "subject;consultant,regional\n"
    )
    (mentor,) = rosters.parse_mentors_csv(text)
    person = mentor.person
    assert (person.id, person.name, person.organization) == ("t1", "Ana", "s1")
    assert (person.district, person.region) == ("d1", "r1")
    assert person.subjects == {"maths", "art"}
    assert person.grades == {5, 6}
    assert person.experience_years == 12
    assert person.languages == {"ro", "ru"}
    assert person.interests == {"chess"}
    assert person.preferred_delivery is m.DeliveryMode.ONLINE
    assert person.origin is m.MentorOrigin.GRADUATE
    assert person.certifications == (
        m.Certification(
            kind=m.CertificationKind.NIS_LEVEL_1, obtained_on=dt.date(2019, 6, 14)
        ),
        m.Certification(
            kind=m.CertificationKind.MENTORING_TRAINING, obtained_on=dt.date(2020, 1, 2)
        ),
    )
    assert mentor.capacity == 3
    assert mentor.functions == {m.MentorFunction.SUBJECT, m.MentorFunction.CONSULTANT}
    assert mentor.level is m.MentorLevel.REGIONAL


def test_every_mentee_column_reaches_the_model():
    text = (
        "name,id,category,needs,preferred_mentor_ids,avoided_mentor_ids,"
        "previous_mentor_id,requested_on\n"
        "Bob,e1,newly_arrived,traditions;documents,m2;m1,m3,m9,2021-09-01\n"
    )
    (mentee,) = rosters.parse_mentees_csv(text)
    assert mentee.id == "e1"
    assert mentee.category is m.MenteeCategory.NEWLY_ARRIVED
    assert mentee.needs == {"traditions", "documents"}
    assert mentee.preferred_mentor_ids == ("m2", "m1")
    assert mentee.avoided_mentor_ids == {"m3"}
    assert mentee.previous_mentor_id == "m9"
    assert mentee.requested_on == dt.date(2021, 9, 1)


def test_minimal_rows_take_the_model_defaults():
    (mentor,) = rosters.parse_mentors_csv("id,name\nt1,Ana\n")
    assert mentor == m.Mentor(person=m.Person(id="t1", name="Ana"))
    (mentee,) = rosters.parse_mentees_csv("id,name\ne1,Bob\n")
    assert mentee == m.Mentee(person=m.Person(id="e1", name="Bob"))


def test_blank_rows_and_a_byte_order_mark_are_ignored():
    text = "\ufeffid,name\nt1,Ana\n,\n\nt2,Ion\n"
    assert [x.id for x in rosters.parse_mentors_csv(text)] == ["t1", "t2"]


def _problems(call, *args, **kwargs):
    with pytest.raises(m.ValidationError) as caught:
        call(*args, **kwargs)
    return [(p.path, p.message) for p in caught.value.problems]


def test_header_problems_name_the_column():
    found = _problems(
        rosters.parse_mentors_csv, "name,colour\nAna,red\n", source="m.csv"
    )
    assert ("m.csv:row 1:colour", found[0][1]) in found
    assert "unknown column 'colour'" in found[0][1]
    assert ("m.csv:row 1", "column 'id' is missing") in found


def test_an_empty_file_is_refused():
    assert _problems(rosters.parse_mentees_csv, "", source="e.csv") == [
        ("e.csv:row 1", "the file is empty; expected a header row")
    ]


def test_every_bad_cell_is_named_by_row_and_column():
    text = (
        "id,name,experience_years,certifications,preferred_delivery,requested_on,"
        "preferred_mentor_ids\n"
        "e1,Bob,-2,nis_level_9@2020-01-01,by_post,2021-02-30,m1;m1\n"
        "e2,Eve,x,nis_level_1,online,01.09.2021,\n"
    )
    found = dict(_problems(rosters.parse_mentees_csv, text, source="e.csv"))
    assert "e.csv:row 2:certifications" in found
    assert "e.csv:row 2:preferred_delivery" in found
    assert "e.csv:row 2:requested_on" in found
    assert found["e.csv:row 3:experience_years"] == "expected an int, got str 'x'"
    assert "kind@YYYY-MM-DD" in found["e.csv:row 3:certifications"]
    assert found["e.csv:row 3:requested_on"] == (
        "expected a date as YYYY-MM-DD, got '01.09.2021'"
    )


def test_model_rules_are_named_by_row_and_column_too():
    text = "id,name,experience_years,grades,preferred_mentor_ids\ne1,Bob,-2,20,m1;m1\n"
    found = dict(_problems(rosters.parse_mentees_csv, text, source="e.csv"))
    assert found["e.csv:row 2:experience_years"] == "must be >= 0, got -2"
    found = dict(
        _problems(
            rosters.parse_mentees_csv,
            "id,name,preferred_mentor_ids\ne1,Bob,m1;m1\n",
            source="e.csv",
        )
    )
    assert found == {"e.csv:row 2:preferred_mentor_ids": "duplicate mentor 'm1'"}


def test_a_row_with_more_cells_than_the_header_is_refused():
    found = _problems(
        rosters.parse_mentors_csv, "id,name\nt1,Ana,extra\n", source="m.csv"
    )
    assert found == [("m.csv:row 2", "more cells than columns in the header")]


def test_json_roster_round_trips_through_the_librarys_own_form():
    mentors = (
        m.Mentor(person=m.Person(id="t1", name="Ana"), capacity=2),
        m.Mentor(person=m.Person(id="t2", name="Ion")),
    )
    from mentoring import serialization

    text = json.dumps([serialization.to_dict(x) for x in mentors])
    assert rosters.parse_mentors_json(text) == mentors


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("{not json", "m.json:$"),
        ('{"person": {}}', "m.json:$"),
        (
            '[{"person": {"id": "t1", "name": "A"}, "capacity": true}]',
            "m.json:$[0].capacity",
        ),
        (
            '[{"person": {"id": "t1", "name": "A"}}, {"person": {"id": "t1", "name": "A"}}]',
            "m.json:$[1].person.id",
        ),
    ],
)
def test_json_roster_problems_carry_their_path(text, path):
    found = _problems(rosters.parse_mentors_json, text, source="m.json")
    assert path in [p for p, _ in found]


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        ("{not json", "format", "malformed JSON: "),
        ('{"person": {}}', "type", "expected a list of mentors, got dict "),
        (
            '[{"person": {"id": "t1", "name": "A"}, "capacity": true}]',
            "type",
            "expected an int, got bool true",
        ),
        (
            '[{"person": {"id": "t1", "name": "A"}}, {"person": {"id": "t1", "name": "A"}}]',
            "duplicate",
            "duplicate id 't1' (first at $[0])",
        ),
    ],
)
def test_json_roster_problems_say_what_the_library_says_with_a_code(
    text, code, message
):
    with pytest.raises(m.ValidationError) as caught:
        rosters.parse_mentors_json(text, source="m.json")
    (problem,) = caught.value.problems
    assert problem.code == code
    assert problem.message.startswith(message)


def test_every_csv_problem_has_the_code_of_its_kind():
    text = (
        "id,name,colour,experience_years,certifications,preferred_delivery,"
        "requested_on,grades\n"
        "e1,Bob,red,x,nis_level_1,by_post,2021-02-30,5;x\n"
        ",Eve,red,1,,,01.09.2021,\n"
        "e1,Ann,red,-2,,,,\n"
    )
    with pytest.raises(m.ValidationError) as caught:
        rosters.parse_mentees_csv(text, source="e.csv")
    found = [(p.path, p.code, p.message) for p in caught.value.problems]
    assert found == [
        ("e.csv:row 1:colour", "unknown_key", found[0][2]),
        (
            "e.csv:row 2:certifications",
            "format",
            "expected kind@YYYY-MM-DD, got 'nis_level_1'",
        ),
        (
            "e.csv:row 2:grades",
            "type",
            "expected integers separated by ';', got str 'x'",
        ),
        ("e.csv:row 2:experience_years", "type", "expected an int, got str 'x'"),
        (
            "e.csv:row 2:preferred_delivery",
            "choice",
            "must be one of 'offline', 'online', 'blended'; got 'by_post'",
        ),
        ("e.csv:row 2:requested_on", "date", "'2021-02-30' is not a calendar date"),
        ("e.csv:row 3:id", "empty", "must not be empty"),
        (
            "e.csv:row 3:requested_on",
            "date",
            "expected a date as YYYY-MM-DD, got '01.09.2021'",
        ),
        ("e.csv:row 4:experience_years", "range", "must be >= 0, got -2"),
        ("e.csv:row 4:id", "duplicate", "duplicate id 'e1' (first at row 2)"),
    ]
    assert found[0][2].startswith("unknown column 'colour' (its cells are not read)")


def test_header_problems_have_codes():
    with pytest.raises(m.ValidationError) as caught:
        rosters.parse_mentors_csv("name,name\nAna,Ana\n", source="m.csv")
    assert [(p.path, p.code, p.message) for p in caught.value.problems] == [
        ("m.csv:row 1:name", "duplicate", "duplicate column 'name'"),
        ("m.csv:row 1", "missing", "column 'id' is missing"),
    ]
    with pytest.raises(m.ValidationError) as caught:
        rosters.parse_mentors_csv("", source="m.csv")
    assert [p.code for p in caught.value.problems] == ["empty"]


def test_a_mentee_naming_a_mentor_not_in_the_roster_is_an_unknown_id():
    with pytest.raises(m.ValidationError) as caught:
        rosters.parse_mentees_csv(
            "id,name,avoided_mentor_ids\ne1,Bob,t-99\n",
            mentors=(),
            mentors_source="mentors.csv",
        )
    assert [(p.code, p.message) for p in caught.value.problems] == [
        ("unknown_id", "no mentor with id 't-99' in mentors.csv")
    ]


def test_read_picks_the_format_by_the_file_name(tmp_path):
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("id,name\ne1,Bob\n", encoding="utf-8")
    json_file = tmp_path / "people.JSON"
    json_file.write_text('[{"person": {"id": "e1", "name": "Bob"}}]', encoding="utf-8")
    assert rosters.read_mentees(csv_file) == rosters.read_mentees(json_file)


def test_reading_a_missing_file_is_a_validation_error(tmp_path):
    found = _problems(rosters.read_mentors, tmp_path / "nope.csv")
    assert "cannot read the file" in found[0][1]


@pytest.mark.parametrize(
    ("call", "function", "path", "message"),
    [
        (
            lambda: rosters.parse_mentors_csv(5),
            "parse_mentors_csv",
            "$.text",
            "expected a str, got int 5",
        ),
        (
            lambda: rosters.parse_mentors_json("[]", source=None),
            "parse_mentors_json",
            "$.source",
            "expected a str, got NoneType None",
        ),
        (
            lambda: rosters.parse_mentees_csv("id,name\n", mentors=["t1"]),
            "parse_mentees_csv",
            "$.mentors[0]",
            "expected a Mentor, got str 't1'",
        ),
        (
            lambda: rosters.parse_mentees_json("[]", mentors=[1]),
            "parse_mentees_json",
            "$.mentors[0]",
            "expected a Mentor, got int 1",
        ),
        (
            lambda: rosters.read_mentors(3),
            "read_mentors",
            "$.path",
            "expected a str or a Path, got int 3",
        ),
        pytest.param(
            lambda: rosters.read_mentees("x.csv", mentors="t1"),
            "read_mentees",
            "$.mentors",
            "expected an iterable of Mentor or None, got str 't1'",
        ),
    ],
)
def test_a_wrong_argument_is_a_validation_error_naming_it(
    call, function, path, message
):
    with pytest.raises(m.ValidationError) as caught:
        call()
    assert caught.value.subject == f"arguments of {function}"
    assert [(p.path, p.code, p.message) for p in caught.value.problems] == [
        (path, "type", message)
    ]


def test_mentors_given_as_a_generator_are_read_once(tmp_path):
    path = tmp_path / "mentees.csv"
    path.write_text("id,name,preferred_mentor_ids\ne1,Bob,t1\n", encoding="utf-8")
    mentors = (x for x in [m.Mentor(person=m.Person(id="t1", name="Ana"))])
    (mentee,) = rosters.read_mentees(path, mentors=mentors)
    assert mentee.preferred_mentor_ids == ("t1",)
