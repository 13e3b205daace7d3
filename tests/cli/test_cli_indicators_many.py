"""``mentoring indicators PATH...``: many programmes, merged to a level."""

import json

import pytest

from mentoring import samples, serialization
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
