"""Issue 11: CSV safe to open in a spreadsheet, ids that read back, repeated
keys in rosters, and messages that quote a little and reprs nothing.
"""

import csv
import datetime as dt
import io
import json

import pytest

import mentoring as m
from mentoring import export, rosters, serialization
from mentoring.cli import _pairs_csv
from mentoring.indicators import Kind, Provenance, Snapshot, Value
from mentoring.matching import match


def test_formula_cells_of_the_pairs_csv_are_neutralised():
    mentors = rosters.parse_mentors_csv('id,name\n=t1,"=HYPERLINK(""x"")"\n')
    mentees = rosters.parse_mentees_csv("id,name\n+e1,@Bob\n")
    result = match(mentors, mentees)
    names = {"=t1": '=HYPERLINK("x")', "+e1": "@Bob"}
    rows = list(csv.reader(io.StringIO(_pairs_csv(result, names))))
    assert rows[1][:4] == ["'+e1", "'@Bob", "'=t1", '\'=HYPERLINK("x")']


def test_formula_cells_and_ids_of_the_snapshot_csv():
    value = Value(
        code="2.2",
        kind=Kind.STOCK,
        provenance=Provenance.COMPUTED,
        numerator=3,
        ids=frozenset({"a b", "c", "-d"}),
    )
    snap = Snapshot(on=dt.date(2022, 5, 31), values=(value,), organization="=cmd|x")
    rows = list(csv.DictReader(io.StringIO(export.to_csv(snap))))
    (row,) = rows
    assert json.loads(row["ids"]) == ["-d", "a b", "c"]
    assert row["organization"] == "'=cmd|x"
    assert row["value"] == "3"


def test_a_json_roster_refuses_a_repeated_key():
    text = '[{"person": {"id": "t1", "name": "A", "id": "t9"}}]'
    with pytest.raises(m.ValidationError) as info:
        rosters.parse_mentors_json(text)
    assert [(p.path, p.code) for p in info.value.problems] == [
        ("mentors.json:$[0].person.id", "duplicate")
    ]


def test_values_are_shown_as_a_document_shows_them():
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(
            m.Mentor, {"person": {"id": "a", "name": "A"}, "capacity": True}
        )
    assert info.value.problems[0].message == "expected an int, got bool true"
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Program, {"format": "mentoring.program"})
    assert [str(p) for p in info.value.problems] == [
        "$.version: required field is missing"
    ]
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(
            m.Program, {"format": "mentoring.program", "version": None}
        )
    assert "unsupported version null" in info.value.problems[0].message


def test_a_long_value_is_quoted_by_a_short_prefix():
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(
            m.Person,
            {"id": "a", "name": "x" * 50_000 + 1 * "y", "grades": "z" * 50_000},
        )
    (found,) = info.value.problems
    assert found.path == "$.grades"
    assert len(found.message) < 120
    assert found.message.endswith("\u2026")


def test_a_key_is_escaped_in_its_path():
    with pytest.raises(m.ValidationError) as info:
        serialization.from_dict(m.Person, {"id": "a", "name": "A", 'x"\ny': 1})
    assert info.value.problems[0].path == '$["x\\"\\ny"]'
