"""``mentoring indicators``: a programme document's report in four formats."""

import csv
import io
import json
from html.parser import HTMLParser

import pytest

from mentoring import export, indicators, samples, serialization
from mentoring.cli import _default_review_day, main


def test_indicators_table_compares_the_start_with_the_review(ru_file, capsys):
    argv = ["indicators", str(ru_file), "--on", "2022-05-27"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    dates, head = out.splitlines()[:2]
    assert dates == "Compared: the start on 2021-09-01 and the review on 2022-05-27"
    assert "At the start" in head
    assert "At the review" in head
    assert "\n1.2 " in out
    assert "\nsatisfaction " in out


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "html"])
def test_indicators_every_format_works_on_every_sample(fmt, program_file, capsys):
    assert main(["indicators", str(program_file), "--format", fmt]) == 0
    assert capsys.readouterr().out.strip()


def test_indicators_csv_has_a_row_per_catalogue_indicator(ru_file, capsys):
    assert (
        main(["indicators", str(ru_file), "--format", "csv", "--on", "2022-05-27"]) == 0
    )
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["code"] for r in rows] == list(indicators.CATALOG.codes())


def test_indicators_json_equals_the_librarys_own_export(ru_file, capsys):
    argv = ["indicators", str(ru_file), "--format", "json", "--on", "2022-05-27"]
    assert main([*argv, "--baseline", "2021-09-01"]) == 0
    program = samples.load("ru")
    import datetime as dt

    report = indicators.compare(
        indicators.compute(program, on=dt.date(2021, 9, 1)),
        indicators.compute(program, on=dt.date(2022, 5, 27)),
    )
    assert json.loads(capsys.readouterr().out) == json.loads(
        export.to_json_rows(report)
    )


def test_indicators_baseline_and_review_days_change_the_values(ru_file, capsys):
    argv = ["indicators", str(ru_file), "--format", "json"]
    assert main([*argv, "--baseline", "2021-09-01", "--on", "2021-09-01"]) == 0
    same = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert same["1.2"]["start"] == same["1.2"]["review"]
    assert main([*argv, "--baseline", "2021-09-01", "--on", "2022-05-27"]) == 0
    later = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert later["1.2"]["review"] > later["1.2"]["start"]


@pytest.mark.parametrize("lang", ["ru", "ro"])
def test_indicators_speak_the_chosen_language(lang, ru_file, capsys):
    assert main(["indicators", str(ru_file), "--lang", lang]) == 0
    out = capsys.readouterr().out
    title = indicators.CATALOG.get("2.1").title(lang)
    assert title[:30] in out


def test_indicators_html_is_one_page_in_the_language(ru_file, capsys):
    assert main(["indicators", str(ru_file), "--format", "html", "--lang", "ro"]) == 0
    page = capsys.readouterr().out
    parser = HTMLParser()
    parser.feed(page)
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="ro">' in page


def test_indicators_out_writes_the_file(ru_file, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert (
        main(["indicators", str(ru_file), "--format", "html", "--out", str(out)]) == 0
    )
    assert capsys.readouterr().out == ""
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_default_review_day_is_today_within_the_year():
    import datetime as dt

    program = samples.load("ru")
    assert _default_review_day(program, today=dt.date(2030, 1, 1)) == program.year.end
    assert _default_review_day(program, today=dt.date(2022, 1, 10)) == dt.date(
        2022, 1, 10
    )


# -- bad input -------------------------------------------------------------------------


def test_indicators_review_before_the_baseline_exits_1(ru_file, capsys):
    argv = [
        "indicators",
        str(ru_file),
        "--baseline",
        "2022-01-01",
        "--on",
        "2021-12-01",
    ]
    assert main(argv) == 1
    assert "--on: the review day 2021-12-01 is before the baseline 2022-01-01" in (
        capsys.readouterr().err
    )


def test_indicators_refuse_a_programme_with_problems(tmp_path, capsys):
    data = serialization.to_dict(samples.load("ru"))
    data["pairs"][1]["mentor_id"] = "nobody"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["indicators", str(path)]) == 1
    err = capsys.readouterr().err
    assert (
        f"{path}:$.pairs[1].mentor_id: no mentor with id 'nobody' in the programme"
        in err
    )


def test_indicators_refuse_a_malformed_document(tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "mentoring.program", "version": 9}', encoding="utf-8")
    assert main(["indicators", str(path)]) == 1
    assert f"{path}:$.version: unsupported version 9" in capsys.readouterr().err


def test_indicators_refuse_a_measurement_of_an_unknown_code(tmp_path, capsys):
    data = serialization.to_dict(samples.load("ru"))
    data["measurements"][0]["indicator"] = "9.9"
    path = tmp_path / "unknown.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["indicators", str(path)]) == 1
    assert "no indicator with code '9.9' in the catalogue" in capsys.readouterr().err


def test_indicators_missing_file_exits_1(tmp_path, capsys):
    assert main(["indicators", str(tmp_path / "none.json")]) == 1
    assert "cannot read" in capsys.readouterr().err


@pytest.mark.parametrize(
    "extra",
    [
        ["--on", "31.05.2022"],
        ["--on", "2022-W21-5"],  # an ISO week date: fromisoformat takes it
        ["--on", "20220527"],
        ["--on", "٢٠٢٢-05-27"],
        ["--baseline", "2022-13-01"],
        ["--format", "pdf"],
        ["--lang", "de"],
    ],
)
def test_indicators_usage_errors_exit_2(extra, ru_file, capsys):
    assert main(["indicators", str(ru_file), *extra]) == 2
    assert "usage: mentoring indicators" in capsys.readouterr().err
