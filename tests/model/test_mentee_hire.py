"""``Mentee.hired_on``: a new teacher's first day, read and written wherever
a mentee's dates are, and refused when it falls after the programme's year.
"""

import datetime as dt

import pytest

from mentoring import (
    AcademicYear,
    Mentee,
    Person,
    Program,
    ValidationError,
    rosters,
    serialization,
)

YEAR = AcademicYear.starting(2021)
HIRED = dt.date(2021, 8, 25)


def _mentee(hired_on: dt.date | None) -> Mentee:
    return Mentee(person=Person(id="e1", name="Ana"), hired_on=hired_on)


def test_a_hire_date_travels_in_json_and_the_schema_names_it() -> None:
    mentee = _mentee(HIRED)
    text = serialization.to_json(mentee)
    assert '"hired_on": "2021-08-25"' in text
    assert serialization.from_json(Mentee, text) == mentee
    field = serialization.json_schema(Mentee)["properties"]["hired_on"]
    assert {"type": "null"} in field["anyOf"]
    assert any(p.get("format") == "date" for p in field["anyOf"])
    with pytest.raises(ValidationError) as caught:
        serialization.from_dict(
            Mentee, {"person": {"id": "e1", "name": "Ana"}, "hired_on": "2021-02-30"}
        )
    assert [p.path for p in caught.value.problems] == ["$.hired_on"]


def test_a_mentees_roster_reads_the_hire_date_and_refuses_an_impossible_one() -> None:
    text = "id,name,requested_on,hired_on\ne1,Ana,2021-09-03,2021-08-25\ne2,Ion,,\n"
    first, second = rosters.parse_mentees_csv(text)
    assert (first.requested_on, first.hired_on) == (dt.date(2021, 9, 3), HIRED)
    assert second.hired_on is None
    with pytest.raises(ValidationError) as caught:
        rosters.parse_mentees_csv("id,name,hired_on\ne1,Ana,2021-02-30\n")
    (found,) = caught.value.problems
    assert "hired_on" in found.path
    assert "hired_on" in rosters.MENTEE_COLUMNS


def test_a_mentee_hired_after_the_year_ends_is_refused_but_not_one_hired_late() -> None:
    def program(hired_on: dt.date | None) -> Program:
        return Program(
            id="p",
            title="t",
            organization="o",
            year=YEAR,
            mentees=(_mentee(hired_on),),
        )

    (found,) = program(YEAR.end + dt.timedelta(days=1)).problems()
    assert found.path == "$.mentees[0].hired_on"
    assert "after the academic year ends" in found.message
    # hired before the year, on its last day, or after a pair began: allowed
    for day in (dt.date(2015, 8, 25), YEAR.end, None):
        assert program(day).problems() == ()
