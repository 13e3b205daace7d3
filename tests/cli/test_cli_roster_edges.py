"""Rosters at their edges: malformed CSV, headers a spreadsheet gets wrong,
encodings, and ids that point at nobody; each a problem, never a traceback."""

import csv
import json

import pytest

from mentoring import rosters
from mentoring.cli import main
from mentoring.errors import ValidationError

from .conftest import MENTORS_CSV


def _problems(call, *args, **kwargs):
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return [(p.path, p.message) for p in caught.value.problems]


def test_an_unterminated_quote_is_a_problem_not_a_merged_row():
    found = _problems(rosters.parse_mentors_csv, 'id,name\nt1,"A\nt2,B\n')
    assert [path for path, _ in found] == ["mentors.csv:row 2"]
    assert "unclosed quote" in found[0][1]


def test_a_cell_over_the_csv_field_limit_is_a_problem():
    text = "id,name\nt1," + "x" * (csv.field_size_limit() + 1) + "\n"
    found = _problems(rosters.parse_mentors_csv, text, source="m.csv")
    assert [path for path, _ in found] == ["m.csv:row 2"]


def test_a_duplicated_column_is_refused_at_the_header():
    found = _problems(rosters.parse_mentors_csv, "id,name,id\nt1,Ana,t2\n")
    assert found == [("mentors.csv:row 1:id", "duplicate column 'id'")]


def test_an_unknown_column_suggests_the_closest_and_the_rows_are_still_checked():
    text = "id,name,subject,capacity\nt1,Ana,maths,two\nt2,Bob,art,-1\n"
    found = _problems(rosters.parse_mentors_csv, text)
    paths = [path for path, _ in found]
    assert paths[0] == "mentors.csv:row 1:subject"
    assert "did you mean 'subjects'?" in found[0][1]
    assert "mentors.csv:row 2:capacity" in paths
    assert "mentors.csv:row 3:capacity" in paths


def test_a_semicolon_separated_file_from_a_ru_or_ro_spreadsheet_is_read():
    text = 'id;name;subjects;capacity\nt1;Ana;"romanian;history";2\n'
    (mentor,) = rosters.parse_mentors_csv(text)
    assert (mentor.id, mentor.capacity) == ("t1", 2)
    assert mentor.person.subjects == {"romanian", "history"}


def test_a_header_with_semicolons_among_commas_gets_a_hint():
    found = _problems(rosters.parse_mentors_csv, "id,name;subjects\nt1,Ana\n")
    assert "save the file as comma-separated" in found[0][1]


def test_a_non_utf8_file_says_to_save_it_as_utf8_and_names_the_row(tmp_path):
    path = tmp_path / "mentors.csv"
    path.write_bytes("id,name\nt1,Ana\nt2,Иванова\n".encode("cp1251"))
    found = _problems(rosters.read_mentors, str(path))
    assert found[0][0] == "mentors.csv:row 3"
    assert "save the file as UTF-8" in found[0][1]


@pytest.mark.parametrize("name", ["mentors.json", "mentors.csv"])
def test_a_byte_order_mark_is_accepted(tmp_path, name):
    path = tmp_path / name
    if name.endswith(".json"):
        text = json.dumps([{"person": {"id": "t1", "name": "Ana"}}])
    else:
        text = "id,name\nt1,Ana\n"
    path.write_text("\ufeff" + text, encoding="utf-8")
    (mentor,) = rosters.read_mentors(str(path))
    assert mentor.id == "t1"


@pytest.mark.parametrize("cell", ["٣", "３", "²"])
def test_non_ascii_digits_are_not_numbers(cell):
    found = _problems(rosters.parse_mentors_csv, f"id,name,capacity\nt1,Ana,{cell}\n")
    assert found == [
        ("mentors.csv:row 2:capacity", f"expected an int, got str {cell!r}")
    ]


def test_a_date_with_non_ascii_digits_is_refused():
    text = "id,name,requested_on\ne1,Bob,٢٠٢٤-09-02\n"
    found = _problems(rosters.parse_mentees_csv, text)
    assert [p for p, _ in found] == ["mentees.csv:row 2:requested_on"]


MENTORS = rosters.parse_mentors_csv("id,name\nt-1,Ana\nt-2,Ion\n")


@pytest.mark.parametrize("column", ["preferred_mentor_ids", "avoided_mentor_ids"])
def test_a_mentee_naming_a_mentor_not_in_the_roster_is_refused(column):
    text = f"id,name,{column}\ne1,Bob,t-1;t-99\n"
    found = _problems(
        rosters.parse_mentees_csv, text, mentors=MENTORS, mentors_source="mentors.csv"
    )
    assert found == [
        (f"mentees.csv:row 2:{column}", "no mentor with id 't-99' in mentors.csv")
    ]


def test_last_years_mentor_may_have_left_the_roster():
    text = "id,name,previous_mentor_id\ne1,Bob,t-99\n"
    (mentee,) = rosters.parse_mentees_csv(text, mentors=MENTORS)
    assert mentee.previous_mentor_id == "t-99"


def test_json_mentees_naming_a_mentor_not_in_the_roster_are_refused():
    text = json.dumps(
        [
            {
                "person": {"id": "e1", "name": "Bob"},
                "preferred_mentor_ids": ["t-1", "t-99"],
                "avoided_mentor_ids": ["t-98"],
            }
        ]
    )
    found = _problems(
        rosters.parse_mentees_json, text, mentors=MENTORS, mentors_source="m.json"
    )
    assert found == [
        (
            "mentees.json:$[0].preferred_mentor_ids[1]",
            "no mentor with id 't-99' in m.json",
        ),
        ("mentees.json:$[0].avoided_mentor_ids", "no mentor with id 't-98' in m.json"),
    ]


def test_match_refuses_a_mentee_who_prefers_a_mentor_not_in_the_roster(
    tmp_path, capsys
):
    mentors = tmp_path / "mentors.csv"
    mentees = tmp_path / "mentees.csv"
    mentors.write_text(MENTORS_CSV, encoding="utf-8")
    mentees.write_text("id,name,preferred_mentor_ids\ne1,Bob,t-99\n", encoding="utf-8")
    assert main(["match", str(mentors), str(mentees)]) == 1
    err = capsys.readouterr().err
    assert (
        "mentees.csv:row 2:preferred_mentor_ids:"
        " no mentor with id 't-99' in mentors.csv"
    ) in err


def test_match_reports_a_missing_model_with_the_roster_problems(tmp_path, capsys):
    mentors = tmp_path / "mentors.csv"
    mentees = tmp_path / "mentees.csv"
    mentors.write_text("id,name,capacity\nt1,Ana,two\n", encoding="utf-8")
    mentees.write_text("id,name\ne1,Bob\n", encoding="utf-8")
    missing = str(tmp_path / "nope.json")
    assert main(["match", str(mentors), str(mentees), "--model", missing]) == 1
    err = capsys.readouterr().err
    assert "mentors.csv:row 2:capacity: expected an int, got str 'two'" in err
    assert f"{missing}: cannot read the file" in err


def test_match_reads_a_model_with_a_byte_order_mark(rosters, tmp_path, capsys):
    from mentoring import serialization
    from mentoring.matching import CompatibilityModel

    mentors, mentees = rosters
    model = tmp_path / "model.json"
    model.write_text(
        "\ufeff" + serialization.to_json(CompatibilityModel.default()),
        encoding="utf-8",
    )
    assert main(["match", str(mentors), str(mentees), "--model", str(model)]) == 0
