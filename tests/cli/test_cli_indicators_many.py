"""``mentoring indicators PATH...``: many programmes, merged to a level."""

import io
import json

import pytest

from mentoring import _indicators_command, samples, serialization
from mentoring._i18n import tr
from mentoring.cli import main

SAMPLES = ("ru", "md", "kz")


@pytest.fixture
def folder(tmp_path):
    for name in SAMPLES:
        (tmp_path / f"{name}.json").write_text(
            serialization.to_json(samples.load(name)), encoding="utf-8"
        )
    return tmp_path


def _names():
    return {p.name for name in SAMPLES for p in samples.load(name).people().values()}


def test_all_samples_make_one_page_without_names(folder, capsys):
    out = folder / "country.html"
    args = ["indicators", str(folder), "--by", "all", "--format", "html"]
    assert main([*args, "--on", "2022-05-27", "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "&lt;5" in page
    assert not [n for n in _names() if n in page]
    assert capsys.readouterr().err == ""


def test_by_organization_gives_one_part_per_school(folder, capsys):
    files = [str(folder / f"{n}.json") for n in SAMPLES]
    assert main(["indicators", *files, "--format", "json", "--on", "2022-05-27"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["organization"] for r in rows} == {
        samples.load(n).organization for n in SAMPLES
    }
    assert "МКОУ «Берёзовская СОШ»" in _table(files, capsys)


def _table(files, capsys):
    assert main(["indicators", *files, "--on", "2022-05-27"]) == 0
    return capsys.readouterr().out


def test_every_problem_of_every_file_at_once(tmp_path, capsys):
    (tmp_path / "a.json").write_text("{", encoding="utf-8")
    (tmp_path / "b.json").write_text(
        '{"format": "mentoring.program"}', encoding="utf-8"
    )
    assert main(["indicators", str(tmp_path), str(tmp_path / "none.json")]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'a.json'}:$" in err
    assert f"{tmp_path / 'b.json'}:$" in err
    assert f"{tmp_path / 'none.json'}:$" in err


def test_targets_file_and_its_schema(folder, capsys):
    targets = folder / "targets.json"
    targets.write_text(
        json.dumps({"targets": [{"code": "2.2", "value": 10}]}), encoding="utf-8"
    )
    path = str(folder / "ru.json")
    assert (
        main(["indicators", path, "--targets", str(targets), "--format", "json"]) == 0
    )
    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["2.2"]["target"] == 10
    assert main(["schema", "Targets"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Targets"
    targets.write_text(json.dumps({"targets": [{"code": 5}]}), encoding="utf-8")
    assert main(["indicators", path, "--targets", str(targets)]) == 1
    assert f"{targets}:$.targets[0]" in capsys.readouterr().err


def test_by_district_as_csv_suppresses_small_values(folder, capsys):
    argv = ["indicators", str(folder), "--by", "district", "--format", "csv"]
    assert main([*argv, "--on", "2022-05-27"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("start_on,")
    assert len(lines) > 3 * 30
    assert any(line.endswith(",True") for line in lines)


# -- progress: on standard error, only when it is a terminal and files are many ------


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def _schools(folder, count):
    """*count* one-school programme files in *folder*, each its own organization."""
    from mentoring import AcademicYear, Mentor, Person, Program

    for i in range(count):
        program = Program(
            id=f"p{i}",
            title="2021-2022",
            organization=f"school-{i:02}",
            district="d",
            year=AcademicYear.starting(2021),
            mentors=(Mentor(person=Person(id=f"t{i}", name=f"Teacher {i}")),),
        )
        (folder / f"school-{i:02}.json").write_text(
            serialization.to_json(program), encoding="utf-8"
        )
    return folder


def _run(folder, lang="en"):
    argv = ["indicators", str(folder), "--by", "district", "--format", "csv"]
    return main([*argv, "--on", "2022-05-27", "--lang", lang])


def test_many_files_report_progress_on_a_terminal(tmp_path, monkeypatch, capsys):
    many = _indicators_command._PROGRESS_FILES + 1
    folder = _schools(tmp_path, many)
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert _run(folder) == 0
    shown = terminal.getvalue()
    # one line, rewritten in place for every file read, ended once all are read
    assert shown.endswith(f"\rreading {many}/{many}\n")
    assert shown.count("\n") == 1
    steps = shown.rstrip("\n").split("\r")[1:]
    assert steps == [f"reading {i}/{many}" for i in range(1, many + 1)]
    # the report itself is untouched by the progress
    out = capsys.readouterr().out
    assert out.startswith("start_on,")
    assert "reading" not in out


def test_progress_speaks_the_language_asked(tmp_path, monkeypatch):
    many = _indicators_command._PROGRESS_FILES + 1
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert _run(_schools(tmp_path, many), lang="ru") == 0
    said = tr("reading", "ru")
    assert said != "reading"
    assert terminal.getvalue().endswith(f"\r{said} {many}/{many}\n")


def test_no_progress_for_few_files_or_off_a_terminal(tmp_path, monkeypatch, capsys):
    few = _indicators_command._PROGRESS_FILES
    folder = _schools(tmp_path, few)
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert _run(folder) == 0
    assert terminal.getvalue() == ""  # not many files
    _schools(folder, few + 1)
    monkeypatch.undo()
    capsys.readouterr()
    assert _run(folder) == 0
    assert capsys.readouterr().err == ""  # many files, but not a terminal
