"""``mentoring match``: rosters in, explained pairs out; bad files named cell by cell."""

import csv
import io
import json

import pytest

from mentoring import cli, serialization
from mentoring._commands import preset_model
from mentoring.cli import main
from mentoring.matching import CompatibilityModel, CriterionKind


def test_match_pairs_every_mentee_and_prints_the_scores(rosters, capsys):
    mentors, mentees = rosters
    assert main(["match", str(mentors), str(mentees)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 pairs, 0 unmatched (method stable, model default")
    assert "Irina Roșca" in out
    assert "<- Ana Lungu" in out
    assert "same_subject" not in out  # no explanation unless asked


def test_match_aligns_the_mentor_column(rosters, capsys):
    mentors, mentees = rosters
    assert main(["match", str(mentors), str(mentees)]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if "<-" in line]
    assert len({line.index("%") for line in rows}) == 1


def test_match_says_1_pair_not_1_pairs(tmp_path, capsys):
    mentors = tmp_path / "mentors.csv"
    mentees = tmp_path / "mentees.csv"
    mentors.write_text("id,name\nt1,Ana\n", encoding="utf-8")
    mentees.write_text("id,name\ne1,Bob\n", encoding="utf-8")
    assert main(["match", str(mentors), str(mentees)]) == 0
    assert capsys.readouterr().out.startswith("1 pair, 0 unmatched")


def test_match_explain_gives_every_part_of_every_score(rosters, capsys):
    mentors, mentees = rosters
    assert main(["match", str(mentors), str(mentees), "--explain"]) == 0
    out = capsys.readouterr().out
    assert out.count("same_subject:") == 3
    assert "(teaches romanian)" in out


def test_match_never_gives_a_mentee_the_mentor_they_avoid(rosters, tmp_path):
    mentors, mentees = rosters
    out = tmp_path / "pairs.csv"
    assert main(["match", str(mentors), str(mentees), "--out", str(out)]) == 0
    rows = {r["mentee_id"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["e2"]["mentor_id"] != "m1"


def test_match_writes_the_pairs_csv(rosters, tmp_path, capsys):
    mentors, mentees = rosters
    out = tmp_path / "pairs.csv"
    assert main(["match", str(mentors), str(mentees), "--out", str(out)]) == 0
    assert f"pairs written to {out}" in capsys.readouterr().out
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["mentee_id"] for r in rows] == ["e1", "e2", "e3"]
    assert set(rows[0]) == {
        "mentee_id",
        "mentee_name",
        "mentor_id",
        "mentor_name",
        "score",
        "reason",
    }
    assert all(0 <= float(r["score"]) <= 1 for r in rows)
    # national mentors have no places for pairs
    assert "m3" not in {r["mentor_id"] for r in rows}


@pytest.mark.parametrize("method", ["stable", "optimal", "greedy"])
def test_match_every_method_keeps_capacities(method, rosters, tmp_path):
    mentors, mentees = rosters
    out = tmp_path / "pairs.csv"
    assert (
        main(
            ["match", str(mentors), str(mentees), "--method", method, "--out", str(out)]
        )
        == 0
    )
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    used = [r["mentor_id"] for r in rows if r["mentor_id"]]
    assert used.count("m1") <= 2
    assert used.count("m2") <= 1


def test_match_reports_unmatched_mentees_with_the_reason(rosters, tmp_path, capsys):
    mentors, mentees = rosters
    # Only the national mentor, who has no places: nobody can be matched.
    only = tmp_path / "national.csv"
    lines = mentors.read_text(encoding="utf-8").splitlines()
    only.write_text("\n".join([lines[0], lines[3]]) + "\n", encoding="utf-8")
    # The mentees' choices name m1, who is not in this roster: drop them.
    plain = tmp_path / "plain.csv"
    rows = list(csv.DictReader(mentees.open(encoding="utf-8")))
    with plain.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow(
                row | {"preferred_mentor_ids": "", "avoided_mentor_ids": ""}
            )
    out = tmp_path / "pairs.csv"
    assert main(["match", str(only), str(plain), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("0 pairs, 3 unmatched")
    assert "unmatched," in text
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert all(r["mentor_id"] == "" and r["reason"] for r in rows)


def test_match_reads_json_rosters(rosters, tmp_path, capsys):
    from mentoring import rosters as parse

    mentors, mentees = rosters
    jm = tmp_path / "mentors.json"
    je = tmp_path / "mentees.json"
    jm.write_text(
        json.dumps([serialization.to_dict(m) for m in parse.read_mentors(mentors)]),
        encoding="utf-8",
    )
    je.write_text(
        json.dumps([serialization.to_dict(m) for m in parse.read_mentees(mentees)]),
        encoding="utf-8",
    )
    assert main(["match", str(jm), str(je)]) == 0
    from_json = capsys.readouterr().out
    assert main(["match", str(mentors), str(mentees)]) == 0
    assert capsys.readouterr().out == from_json


def test_match_uses_a_model_from_a_json_file(rosters, tmp_path, capsys):
    mentors, mentees = rosters
    model = CompatibilityModel.default().with_weight(CriterionKind.SAME_SUBJECT, 10)
    path = tmp_path / "model.json"
    path.write_text(serialization.to_json(model), encoding="utf-8")
    assert main(["match", str(mentors), str(mentees), "--model", str(path)]) == 0
    assert "model default" in capsys.readouterr().out


@pytest.mark.parametrize("preset", ["default", "ru", "kz", "md", "ro"])
def test_match_presets_name_their_model(preset, rosters, capsys):
    mentors, mentees = rosters
    assert main(["match", str(mentors), str(mentees), "--preset", preset]) == 0
    expected = preset_model(preset).name
    assert f"model {expected}" in capsys.readouterr().out


def test_match_kz_preset_leaves_everyone_without_nis_levels_unmatched(rosters, capsys):
    mentors, mentees = rosters
    assert main(["match", str(mentors), str(mentees), "--preset", "kz"]) == 0
    assert capsys.readouterr().out.startswith("0 pairs, 3 unmatched")


# -- bad input: exit 1, every problem named --------------------------------------


def test_match_names_the_row_and_column_of_every_bad_cell(rosters, tmp_path, capsys):
    _, mentees = rosters
    bad = tmp_path / "mentors.csv"
    bad.write_text(
        "id,name,capacity,grades,level\nx1,,two,5;x,national\nx1,B,1,14,mayor\n",
        encoding="utf-8",
    )
    assert main(["match", str(bad), str(mentees)]) == 1
    err = capsys.readouterr().err
    for where, what in [
        ("mentors.csv:row 2:name", "must not be empty"),
        ("mentors.csv:row 2:capacity", "expected an int, got str 'two'"),
        ("mentors.csv:row 2:grades", "got str 'x'"),
        (
            "mentors.csv:row 3:level",
            "must be one of 'national', 'regional', 'institutional'; got 'mayor'",
        ),
        ("mentors.csv:row 3:id", "duplicate id 'x1' (first at row 2)"),
    ]:
        line = next(x for x in err.splitlines() if x.startswith(f"  {where}: "))
        assert what in line


def test_match_names_the_problems_of_both_rosters_at_once(tmp_path, capsys):
    mentors = tmp_path / "mentors.csv"
    mentees = tmp_path / "mentees.csv"
    mentors.write_text("id,name,capacity\nm1,A,-1\n", encoding="utf-8")
    mentees.write_text("id,name,category\ne1,B,astronaut\n", encoding="utf-8")
    assert main(["match", str(mentors), str(mentees)]) == 1
    err = capsys.readouterr().err
    assert "mentors.csv:row 2:capacity: must be >= 0, got -1" in err
    assert "mentees.csv:row 2:category:" in err


def test_match_names_the_path_of_every_problem_in_a_json_roster(
    rosters, tmp_path, capsys
):
    _, mentees = rosters
    bad = tmp_path / "mentors.json"
    bad.write_text(
        json.dumps(
            [
                {"person": {"id": "m1", "name": "A"}, "capacity": "2"},
                {"person": {"id": "m2", "name": 7}},
            ]
        ),
        encoding="utf-8",
    )
    assert main(["match", str(bad), str(mentees)]) == 1
    err = capsys.readouterr().err
    assert "mentors.json:$[0].capacity:" in err
    assert "mentors.json:$[1].person.name:" in err


def test_match_refuses_a_bad_model_file_with_its_path(rosters, tmp_path, capsys):
    mentors, mentees = rosters
    model = tmp_path / "model.json"
    model.write_text('{"name": 3, "colour": "red"}', encoding="utf-8")
    assert main(["match", str(mentors), str(mentees), "--model", str(model)]) == 1
    err = capsys.readouterr().err
    assert "model.json:$.name" in err
    assert "model.json:$.colour" in err


def test_match_missing_file_exits_1_and_names_it(rosters, capsys):
    _, mentees = rosters
    assert main(["match", "no-such-file.csv", str(mentees)]) == 1
    assert "no-such-file.csv: cannot read the file" in capsys.readouterr().err


@pytest.mark.parametrize(
    "extra",
    [["--method", "random"], ["--preset", "fr"], ["--function", "boss"], ["--x"]],
)
def test_match_usage_errors_exit_2(extra, rosters, capsys):
    mentors, mentees = rosters
    assert main(["match", str(mentors), str(mentees), *extra]) == 2
    assert "usage: mentoring match" in capsys.readouterr().err


def test_match_model_and_preset_are_exclusive(rosters, capsys):
    mentors, mentees = rosters
    argv = ["match", str(mentors), str(mentees), "--model", "m.json", "--preset", "kz"]
    assert main(argv) == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_match_without_rosters_is_a_usage_error(capsys):
    assert main(["match"]) == 2
    assert "the following arguments are required: MENTORS, MENTEES" in (
        capsys.readouterr().err
    )


# -- progress: only on a terminal, only for long runs -------------------------------


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_match_reports_progress_on_a_terminal_for_long_runs(
    rosters, monkeypatch, capsys
):
    mentors, mentees = rosters
    terminal = _Terminal()
    monkeypatch.setattr(cli, "_PROGRESS_THRESHOLD", 1)
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["match", str(mentors), str(mentees)]) == 0
    lines = terminal.getvalue().splitlines()
    assert "matching 3 mentees with 3 mentors" in lines[0]
    assert "done: 3 pairs" in lines[1]


def test_match_is_quiet_when_stderr_is_not_a_terminal(rosters, monkeypatch, capsys):
    mentors, mentees = rosters
    monkeypatch.setattr(cli, "_PROGRESS_THRESHOLD", 1)
    assert main(["match", str(mentors), str(mentees)]) == 0
    assert capsys.readouterr().err == ""


def test_match_is_quiet_on_a_terminal_for_short_runs(rosters, monkeypatch):
    mentors, mentees = rosters
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["match", str(mentors), str(mentees)]) == 0
    assert terminal.getvalue() == ""
