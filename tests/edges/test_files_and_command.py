"""Issue 11: files the command reads and writes, interrupts, and one line
per problem whatever the input.
"""

import io
import json
import sys
from pathlib import Path

import pytest

from mentoring import _files, cli, serialization
from mentoring.cli import main
from mentoring.model import Program


def write_program(path, document):
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_programme_with_a_lone_surrogate_is_invalid_and_writes_no_report(
    tmp_path, document, capsys
):
    document["title"] = "\ud800"
    program = tmp_path / "prog.json"
    program.write_text(
        json.dumps(document, ensure_ascii=True), encoding="utf-8"
    )  # \ud800 as an escape: valid JSON, not valid text
    assert main(["validate", str(program)]) == 1
    assert "$.title: not valid Unicode text" in capsys.readouterr().out
    report = tmp_path / "r.html"
    assert (
        main(["indicators", str(program), "--format", "html", "--out", str(report)])
        == 1
    )
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "$.title" in err
    assert not report.exists()


def test_a_failed_write_leaves_the_previous_file_whole(
    tmp_path, document, monkeypatch, capsys
):
    program = write_program(tmp_path / "prog.json", document)
    out = tmp_path / "report.json"
    out.write_text("previous", encoding="utf-8")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_files.os, "fsync", full)
    assert (
        main(["indicators", str(program), "--format", "json", "--out", str(out)]) == 1
    )
    assert "No space left on device" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prog.json", "report.json"]


def test_an_output_that_is_the_input_is_refused(tmp_path, document, capsys):
    program = write_program(tmp_path / "prog.json", document)
    before = program.read_bytes()
    assert (
        main(["indicators", str(program), "--format", "json", "--out", str(program)])
        == 1
    )
    assert "is also the input" in capsys.readouterr().err
    assert program.read_bytes() == before


def test_match_out_to_a_missing_folder_fails_before_printing_pairs(tmp_path, capsys):
    mentors = tmp_path / "mentors.csv"
    mentees = tmp_path / "mentees.csv"
    mentors.write_text("id,name\nt1,Ana\n", encoding="utf-8")
    mentees.write_text("id,name\ne1,Bob\n", encoding="utf-8")
    out = tmp_path / "no-such-folder" / "pairs.csv"
    assert main(["match", str(mentors), str(mentees), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "no folder" in captured.err


def test_dash_reads_stdin_and_writes_stdout(tmp_path, document, monkeypatch, capsys):
    text = serialization.to_json(serialization.from_dict(Program, document))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["indicators", "-", "--format", "json", "--out", "-"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)


def test_ctrl_c_exits_130_with_one_line(tmp_path, document, monkeypatch, capsys):
    program = write_program(tmp_path / "prog.json", document)

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_cmd_validate", interrupted)
    # The parser binds the handler when it is built: build it again.
    assert main(["validate", str(program)]) == 130
    err = capsys.readouterr().err
    assert err == "mentoring validate: interrupted\n"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_not_read(capsys):
    assert main(["validate", "/dev/zero"]) == 1
    err = capsys.readouterr().err
    assert (
        err.strip()
        == "mentoring validate: error: cannot read /dev/zero: not a regular file"
    )


def test_an_input_larger_than_the_limit_is_refused(tmp_path, monkeypatch, capsys):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2048)
    monkeypatch.setattr(_files, "MAX_INPUT_BYTES", 1024)
    monkeypatch.setattr(_files.read_bytes, "__kwdefaults__", {"limit": 1024})
    assert main(["validate", str(big)]) == 1
    assert "larger than the limit" in capsys.readouterr().err


def test_a_key_with_a_line_end_cannot_forge_an_output_line(tmp_path, document, capsys):
    document["evil\nprog.json: valid programme"] = 1
    program = write_program(tmp_path / "prog.json", document)
    assert main(["validate", str(program)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f'{program}: $["evil\\nprog.json')


def test_a_deep_json_roster_is_one_problem_not_a_traceback(tmp_path, capsys):
    mentors = tmp_path / "mentors.json"
    mentors.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    mentees = tmp_path / "mentees.csv"
    mentees.write_text("id,name\ne1,Bob\n", encoding="utf-8")
    assert main(["match", str(mentors), str(mentees)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "mentors.json:$: nested deeper than 64" in err


def test_a_classic_mac_csv_roster_reads(tmp_path, capsys):
    mentors = tmp_path / "mentors.csv"
    mentees = tmp_path / "mentees.csv"
    mentors.write_bytes(b"id,name\rt1,Ana\r")
    mentees.write_bytes(b"id,name\re1,Bob\r")
    assert main(["match", str(mentors), str(mentees)]) == 0
    assert capsys.readouterr().out.startswith("1 pair, 0 unmatched")
