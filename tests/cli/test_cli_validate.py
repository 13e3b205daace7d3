"""``mentoring validate``: every problem of a programme document with its path."""

import json

import pytest

from mentoring import samples, serialization
from mentoring.cli import main


def test_validate_accepts_every_sample(program_file, capsys):
    assert main(["validate", str(program_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{program_file}: valid programme")


def test_validate_lists_five_different_errors_with_their_paths(tmp_path, capsys):
    data = serialization.to_dict(samples.load("ru"))
    data["mentors"][0]["capacity"] = "2"
    data["mentees"][1]["person"]["name"] = 7
    data["pairs"][0]["history"][0]["on"] = "1 September"
    data["events"][0]["kind"] = "party"
    data["colour"] = "blue"
    path = tmp_path / "five.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    captured = capsys.readouterr()
    *lines, total = captured.out.splitlines()
    paths = [line.split(": ")[1] for line in lines]
    assert sorted(paths) == sorted(
        [
            "$.mentors[0].capacity",
            "$.mentees[1].person.name",
            "$.pairs[0].history[0].on",
            "$.events[0].kind",
            "$.colour",
        ]
    )
    # The problem list is the command's output: all of it on stdout.
    assert total.endswith(": 5 problems")
    assert captured.err == ""


def test_validate_finds_cross_object_problems(tmp_path, capsys):
    data = serialization.to_dict(samples.load("kz"))
    data["pairs"].append(dict(data["pairs"][0]))
    data["plans"][0]["pair_id"] = "nobody"
    path = tmp_path / "refs.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: $.pairs[9]: duplicate id 'kz-p1' (first at $.pairs[0])" in out
    assert (
        f"{path}: $.plans[0].pair_id: no pair with id 'nobody' in the programme" in out
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{not json", "$: malformed JSON"),
        ("[]", "$: expected a programme document"),
        (
            '{"format": "mentoring.program", "version": 2}',
            "$.version: unsupported version 2",
        ),
    ],
)
def test_validate_refuses_documents_that_are_not_programmes(
    text, expected, tmp_path, capsys
):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    assert expected in capsys.readouterr().out


def test_validate_missing_file_exits_1(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "none.json")]) == 1
    assert "mentoring validate: error: cannot read" in capsys.readouterr().err


def test_validate_without_a_file_is_a_usage_error(capsys):
    assert main(["validate"]) == 2
    assert "usage: mentoring validate" in capsys.readouterr().err
