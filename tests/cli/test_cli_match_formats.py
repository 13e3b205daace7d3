"""``mentoring match --format csv|json``, ``--out`` and ``--min-score``."""

import json

from mentoring.cli import main


def test_match_writes_json_with_the_quality(rosters, tmp_path, capsys):
    mentors, mentees = rosters
    assert main(["match", str(mentors), str(mentees), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["quality"]["blocking_pairs"] == 0
    assert len(data["matching"]["assignments"]) == 3
    out = tmp_path / "result.json"
    assert (
        main(
            ["match", str(mentors), str(mentees), "--format", "json", "--out", str(out)]
        )
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8")) == data


def test_match_writes_csv_to_standard_output(rosters, capsys):
    mentors, mentees = rosters
    assert main(["match", str(mentors), str(mentees), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("mentee_id,mentee_name,mentor_id,mentor_name,score,reason")
    assert len(out.splitlines()) == 4


def test_match_text_ends_with_the_quality_report(rosters, capsys):
    mentors, mentees = rosters
    assert main(["match", str(mentors), str(mentees), "--min-score", "0.99"]) == 0
    out = capsys.readouterr().out
    assert "quality:" in out
    assert "unmatched, below_min_score: 3" in out
