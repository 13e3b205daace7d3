"""The tabular form of a programme: CSV folders and workbooks, both ways."""

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from mentoring import indicators, samples, tabular
from mentoring.cli import main
from mentoring.errors import ValidationError
from mentoring.model import Program
from mentoring.testing import strategies as ms

from .conftest import MISTAKES, broken_workbook, fill_template, with_saved_values

ROOT = Path(__file__).resolve().parents[2]


def problems_of(call: object, *args: object) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return [f"{p.path}: {p.message}" for p in caught.value.problems]


# -- round trips -----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(samples.SAMPLES))
@pytest.mark.parametrize("lang", ["en", "ru", "ro", "kk"])
def test_every_sample_round_trips_through_the_tables_in_every_language(
    name: str, lang: str
) -> None:
    program = samples.load(name)
    assert tabular.from_tables(tabular.to_tables(program, lang=lang)) == program


@pytest.mark.parametrize(("name", "lang"), [("ru", "ru"), ("md", "ro"), ("kz", "kk")])
def test_every_sample_round_trips_through_a_csv_folder(
    tmp_path: Path, name: str, lang: str
) -> None:
    program = samples.load(name)
    tabular.write_csv_folder(program, tmp_path / "tables", lang=lang)
    assert tabular.read_csv_folder(tmp_path / "tables") == program
    assert tabular.read(tmp_path / "tables") == program


@pytest.mark.parametrize(("name", "lang"), [("ru", "ru"), ("md", "ro"), ("kz", "en")])
def test_every_sample_round_trips_through_a_workbook(
    tmp_path: Path, name: str, lang: str
) -> None:
    program = samples.load(name)
    tabular.write_xlsx(program, tmp_path / "programme.xlsx", lang=lang)
    assert tabular.read_xlsx(tmp_path / "programme.xlsx") == program


@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(ms.programs(max_mentors=3, max_mentees=4))
def test_programme_to_tables_to_programme_is_the_identity(program: Program) -> None:
    assert tabular.from_tables(tabular.to_tables(program, lang="ru")) == program


@pytest.mark.slow
@settings(
    max_examples=4,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    deadline=None,
)
@given(ms.programs(max_mentors=3, max_mentees=4))
def test_programme_to_workbook_to_programme_is_the_identity(
    tmp_path: Path, program: Program
) -> None:
    tabular.write_xlsx(program, tmp_path / "p.xlsx", lang="ro")
    assert tabular.read_xlsx(tmp_path / "p.xlsx") == program


# -- the template -----------------------------------------------------------------


def test_the_template_has_instructions_headings_and_drop_down_lists(
    tmp_path: Path,
) -> None:
    import openpyxl

    tabular.write_template(tmp_path / "t.xlsx", lang="ru")
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert book.worksheets[0].title == "Инструкция"
    mentees = book["Наставляемые"]
    assert mentees["B1"].value == "Категория (category)"
    (rule,) = [
        r for r in mentees.data_validations.dataValidation if "B2" in str(r.sqref)
    ]
    lists = book[rule.formula1.split("!")[0].strip("='")]
    assert lists.sheet_state == "hidden"
    values = [c.value for c in lists[rule.formula1.split("$")[1]] if c.value]
    assert "Молодой специалист" in values
    assert "Вновь прибывший специалист" in values
    # A blank template reads back as a programme without its row, said once.
    assert problems_of(tabular.read_xlsx, tmp_path / "t.xlsx") == [
        f"{tmp_path / 't.xlsx'}: the programme's row (sheet 'programme') is missing"
    ]


def test_a_template_filled_with_the_russian_school_gives_its_indicators(
    tmp_path: Path,
) -> None:
    path = tmp_path / "programme.xlsx"
    tabular.write_template(path, lang="ru")
    fill_template(path)
    read = tabular.read_xlsx(path)
    built = samples.russian_school()
    on = dt.date(2022, 5, 31)
    assert indicators.compute(read, on=on) == indicators.compute(built, on=on)
    assert read == built


# -- problems ---------------------------------------------------------------------


def test_a_broken_workbook_reports_ten_kinds_of_mistake_at_once(
    tmp_path: Path,
) -> None:
    path = tmp_path / "broken.xlsx"
    broken_workbook(path)
    found = problems_of(tabular.read_xlsx, path)
    at = f"{path}:"
    expected = [
        (
            "Наставники:1:E (Уровнь (levle)): unknown column (its cells are not"
            " read); did you mean 'Уровень (level)'?"
        ),
        "Пары:2:C (Наставляемый (mentee_id)): no mentee with id 'ru-nobody'",
        (
            "Наставляемые:2:G (Дата заявки (requested_on)): '31.02.2021' is not"
            " a calendar date"
        ),
        "Наставники:3:B (Число мест (capacity)): expected a whole number",
        "Мероприятия:2:A: merged cells A2:A3",
        "Анкеты: a hidden sheet",
        "Измерения:2:B (Значение (value)): a formula without a saved value",
        "Пары:3:E (Подход (approach)): must be one of",
        "Лист1: unknown sheet",
        "Участники:12:A (Код (id)): duplicate id 'ru-lebedeva' (first at",
    ]
    assert len(MISTAKES) == len(expected) == 10
    for text in expected:
        assert any(line.startswith(at + text) for line in found), (text, found)
    # Only the consequence of the merged cell is said besides: no more.
    assert len(found) == 11, found


def test_a_formula_is_read_by_its_saved_value_and_never_computed(
    tmp_path: Path,
) -> None:
    import openpyxl

    path = tmp_path / "p.xlsx"
    tabular.write_xlsx(samples.russian_school(), path, lang="en")
    book = openpyxl.load_workbook(path)
    mentors = book["Mentors"]
    assert mentors["B1"].value == "Places (capacity)"
    mentors["B2"] = "=1+2"  # the saved value says 2: it wins
    book.save(path)
    path.write_bytes(with_saved_values(path.read_bytes(), {"1+2": "2"}))
    program = tabular.read_xlsx(path)
    assert program.mentors[0].capacity == 2


def test_cells_are_read_as_people_write_them(tmp_path: Path) -> None:
    tables = {
        k: [list(r) for r in v]
        for k, v in tabular.to_tables(samples.russian_school(), lang="en").items()
    }
    head = tables["mentees"][0]
    row = tables["mentees"][1]
    row[head.index("Category (category)")] = "молодой специалист"  # any language
    row[head.index("Requested on (requested_on)")] = "1.9.2021"
    mentors = tables["mentors"]
    mentors[1][mentors[0].index("Places (capacity)")] = " 2 "  # number as text
    program = tabular.from_tables(tables)
    assert program.mentees[0].requested_on == dt.date(2021, 9, 1)
    assert program.mentors[0].capacity == 2
    # Excel's day number and codes read too.
    tables["mentees"][1][head.index("Requested on (requested_on)")] = "44440"
    tables["mentees"][1][head.index("Category (category)")] = "young_specialist"
    program = tabular.from_tables(tables)
    assert program.mentees[0].requested_on == dt.date(2021, 9, 1)


def test_a_csv_cell_that_looks_like_a_formula_is_quoted_and_read_back(
    tmp_path: Path,
) -> None:
    import attrs

    program = samples.russian_school()
    program = attrs.evolve(program, title='=HYPERLINK("http://x")', district="-1")
    tabular.write_csv_folder(program, tmp_path / "t", lang="en")
    text = (tmp_path / "t" / "programme.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text
    assert ",'-1," in text
    assert tabular.read_csv_folder(tmp_path / "t") == program


def test_empty_trailing_rows_and_missing_sheets_are_no_problem(tmp_path: Path) -> None:
    program = samples.russian_school()
    folder = tmp_path / "t"
    tabular.write_csv_folder(program, folder, lang="ru")
    with (folder / "pairs.csv").open("a", encoding="utf-8") as out:
        out.write(",,,,,,\r\n,,,,,,\r\n")
    (folder / "holidays.csv").unlink()
    assert tabular.read_csv_folder(folder, strict=False).pairs == program.pairs


# -- refused files ---------------------------------------------------------------


def test_macro_enabled_workbooks_are_refused(tmp_path: Path) -> None:
    tabular.write_xlsx(samples.russian_school(), tmp_path / "p.xlsx")
    (tmp_path / "p.xlsm").write_bytes((tmp_path / "p.xlsx").read_bytes())
    assert "macro-enabled" in problems_of(tabular.read_xlsx, tmp_path / "p.xlsm")[0]
    data = io.BytesIO((tmp_path / "p.xlsx").read_bytes())
    with zipfile.ZipFile(data, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\0" * 64)
    (tmp_path / "v.xlsx").write_bytes(data.getvalue())
    assert "macros" in problems_of(tabular.read_xlsx, tmp_path / "v.xlsx")[0]


def test_a_zip_bomb_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))
    (tmp_path / "bomb.xlsx").write_bytes(data.getvalue())
    (found,) = problems_of(tabular.read_xlsx, tmp_path / "bomb.xlsx")
    assert "compressed" in found
    (tmp_path / "text.xlsx").write_text("id,name\n")
    assert "not a zip" in problems_of(tabular.read_xlsx, tmp_path / "text.xlsx")[0]


def test_without_openpyxl_the_error_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    (found,) = problems_of(tabular.write_template, tmp_path / "t.xlsx")
    assert "pip install 'mentoring[xlsx]'" in found


# -- the commands ---------------------------------------------------------------


def test_template_export_and_import_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mentoring import serialization

    source = tmp_path / "p.json"
    source.write_text(serialization.to_json(samples.load("md")), encoding="utf-8")
    assert main(["template", "--lang", "ru", "--out", str(tmp_path / "t.xlsx")]) == 0
    assert (
        main(
            [
                "export",
                str(source),
                "--format",
                "xlsx",
                "--lang",
                "ro",
                "--out",
                str(tmp_path / "p.xlsx"),
            ]
        )
        == 0
    )
    assert main(["export", str(source), "--out", str(tmp_path / "csv")]) == 0
    assert (
        main(["import", str(tmp_path / "p.xlsx"), "--out", str(tmp_path / "a.json")])
        == 0
    )
    assert (
        main(["import", str(tmp_path / "csv"), "--out", str(tmp_path / "b.json")]) == 0
    )
    assert (tmp_path / "a.json").read_text() == (tmp_path / "b.json").read_text()
    read = serialization.from_json(Program, (tmp_path / "a.json").read_text())
    assert read == samples.load("md")
    capsys.readouterr()
    assert main(["import", str(tmp_path / "t.xlsx")]) == 1
    assert "programme's row" in capsys.readouterr().err


def test_the_columns_reference_page_is_current() -> None:
    from mentoring.tabular._reference import markdown

    page = ROOT / "docs" / "reference" / "tabular-columns.md"
    assert page.read_text(encoding="utf-8") == markdown(), (
        "run: python -m mentoring.tabular._reference > docs/reference/tabular-columns.md"
    )


def test_a_pair_without_history_and_an_unknown_file_are_said_once(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "t"
    tabular.write_csv_folder(samples.russian_school(), folder, lang="en")
    history = (folder / "pair_history.csv").read_text(encoding="utf-8-sig")
    first_pair = samples.russian_school().pairs[0].id
    kept = [
        line for line in history.splitlines() if not line.startswith(f"{first_pair},")
    ]
    (folder / "pair_history.csv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    found = problems_of(tabular.read_csv_folder, folder)
    assert found == [
        (
            f"{folder / 'notes.csv'}: unknown table (the file is not read); the"
            " tables are " + ", ".join(sorted(tabular.TABLE_NAMES))
        ),
        (
            f"{folder / 'pairs.csv'}:pairs:2: pair {first_pair!r} has no row on"
            " the pair history sheet (its first status and date)"
        ),
    ]


def test_a_damaged_workbook_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    tabular.write_xlsx(samples.russian_school(), tmp_path / "p.xlsx")
    data = io.BytesIO()
    with (
        zipfile.ZipFile(tmp_path / "p.xlsx") as good,
        zipfile.ZipFile(data, "w") as bad,
    ):
        for info in good.infolist():
            part = good.read(info.filename)
            if info.filename == "xl/workbook.xml":
                part = part[: len(part) // 2]  # cut in the middle
            bad.writestr(info, part)
    (tmp_path / "d.xlsx").write_bytes(data.getvalue())
    (found,) = problems_of(tabular.read_xlsx, tmp_path / "d.xlsx")
    assert "cannot read the workbook" in found
