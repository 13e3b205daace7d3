"""The current-control report of a term, for a pair and for a programme."""

import csv
import datetime as dt
import io

import pytest

from mentoring.calendar import AcademicYear
from mentoring.errors import NotFoundError, ValidationError
from mentoring.model import (
    CriterionStatus,
    Mentee,
    Mentor,
    MentoringPlan,
    Pair,
    Person,
    Program,
)
from mentoring.reports import ControlReport, control_report, plan_control_row
from mentoring.templates import RUSSIAN_YOUNG_SPECIALIST

YEAR = AcademicYear.for_jurisdiction("ru", 2021)


def programme(*plans: MentoringPlan, pairs: tuple[Pair, ...] | None = None) -> Program:
    mentors = tuple(
        Mentor(person=Person(id=f"m{i}", name=f"Mentor {i}"), capacity=2)
        for i in (1, 2)
    )
    mentees = tuple(
        Mentee(person=Person(id=f"e{i}", name=f"Mentee {i}")) for i in (1, 2, 3)
    )
    if pairs is None:
        pairs = (
            Pair.propose(
                id="p1", mentor_id="m1", mentee_id="e1", on=YEAR.start
            ).activate(on=dt.date(2021, 9, 6)),
            Pair.propose(
                id="p2", mentor_id="m2", mentee_id="e2", on=YEAR.start
            ).activate(on=dt.date(2021, 9, 6)),
            Pair.propose(id="p3", mentor_id="m1", mentee_id="e3", on=YEAR.start),
        )
    return Program(
        id="prog",
        title="Программа наставничества 2021-2022",
        organization="school",
        year=YEAR,
        jurisdiction="ru",
        mentors=mentors,
        mentees=mentees,
        pairs=pairs,
        plans=plans,
    )


def ru_plan(pair_id: str = "p1") -> MentoringPlan:
    return MentoringPlan.from_template(
        RUSSIAN_YOUNG_SPECIALIST, pair=pair_id, period=YEAR
    )


def worked_plan(pair_id: str = "p1") -> MentoringPlan:
    return (
        ru_plan(pair_id)
        .complete("introduction", on=dt.date(2021, 9, 1))
        .complete("diagnostics", on=dt.date(2021, 9, 10))
        .miss("growth_plan")
        .cancel("lesson_visits-2021-09", reason="карантин")
        .complete("quarter_report-Q1", on=dt.date(2021, 10, 29))
        .assess("needs_identified", CriterionStatus.MET, on=dt.date(2021, 9, 20))
    )


def test_pair_row_counts_planned_done_missed_and_criteria_reached():
    row = plan_control_row(worked_plan(), YEAR.term("Q1"))
    assert row.planned == 5  # 6 due in Q1, one cancelled
    assert row.cancelled == 1
    assert row.done == 3
    assert row.done_on_time == 2  # the diagnostics were two days late
    assert row.missed == 1
    assert row.overdue == 1  # the October lesson visit
    assert row.criteria_reached == (
        "Выявлены склонности, потребности, возможности и трудности",
    )
    assert row.criteria_reached_in_term == 1
    assert row.criteria_total == 4
    assert 0 < row.progress < 1


def test_criteria_reached_before_the_term_are_not_new_in_it():
    row = plan_control_row(worked_plan(), YEAR.term("Q2"))
    assert row.criteria_reached_in_term == 0
    assert len(row.criteria_reached) == 1


def test_programme_report_has_a_row_per_plan_sorted_by_pair():
    prog = programme(worked_plan("p2"), worked_plan("p1"))
    report = control_report(prog, "Q1")
    assert isinstance(report, ControlReport)
    assert [r.pair_id for r in report.entries] == ["p1", "p2"]
    assert report.entries[0].mentor_id == "m1"
    assert report.totals()["done"] == 6
    assert report.on == YEAR.term("Q1").end


def test_pair_report_has_only_that_pairs_plans():
    prog = programme(worked_plan("p2"), worked_plan("p1"))
    report = control_report(prog, YEAR.term("Q1"), pair_id="p2")
    assert [r.pair_id for r in report.entries] == ["p2"]
    with pytest.raises(NotFoundError) as info:
        control_report(prog, "Q1", pair_id="p9")
    assert isinstance(info.value, KeyError)
    assert (info.value.kind, info.value.key) == ("pair", "p9")
    with pytest.raises(NotFoundError) as info:
        control_report(prog, "Q9")
    assert isinstance(info.value, KeyError)
    assert (info.value.kind, info.value.key) == ("term", "Q9")
    assert str(info.value) == "no term with name 'Q9'"


def test_report_as_rows_text_and_csv():
    report = control_report(programme(worked_plan()), "Q1", on=dt.date(2021, 10, 31))
    (row,) = report.rows()
    assert row["term"] == "Q1"
    assert row["pair_id"] == "p1"
    assert row["planned"] == 5
    text = report.to_text()
    assert "Current control: Q1 I четверть (2021-09-01..2021-10-31)" in text
    assert "Программа наставничества 2021-2022" in text
    assert "total" in text
    assert "Выявлены склонности" in text
    parsed = list(csv.DictReader(io.StringIO(report.to_csv())))
    assert len(parsed) == 1
    assert parsed[0]["planned"] == "5"
    assert parsed[0]["criteria_reached"].startswith("Выявлены")


def test_report_as_text_in_the_reader_s_language():
    report = control_report(programme(worked_plan()), "Q1", on=dt.date(2021, 10, 31))
    ru = report.to_text("ru")
    assert "Текущий контроль: Q1 I четверть (01.09.2021..31.10.2021)" in ru
    assert "итого" in ru
    assert "выполнение" in ru
    kk = report.to_text(lang="kk")
    assert "Ағымдағы бақылау" in kk
    assert "барлығы" in kk
    with pytest.raises(ValidationError) as err:
        report.to_text("de")
    assert [p.path for p in err.value.problems] == ["$.lang"]


def test_empty_report_still_has_a_csv_header():
    report = control_report(programme(), "Q2")
    assert report.entries == ()
    header = report.to_csv().splitlines()[0].split(",")
    assert header[:4] == ["term", "term_start", "term_end", "as_of"]
    assert "planned" in header
    assert "total" in report.to_text()


def test_report_as_of_a_day_inside_the_term_counts_only_what_was_done_by_then():
    report = control_report(programme(worked_plan()), "Q1", on=dt.date(2021, 9, 5))
    (row,) = report.entries
    assert row.done == 1
    assert row.criteria_reached == ()


# -- wrong types are refused with paths --------------------------------------------------


class Wrong:
    def __repr__(self):
        return "Wrong()"


WRONG = Wrong()
Q1 = YEAR.term("Q1")
REPORT_CALLS = [
    (
        "plan_control_row",
        plan_control_row,
        {"plan": worked_plan(), "term": Q1, "on": None, "pair": None},
    ),
    (
        "control_report",
        control_report,
        {
            "program": programme(worked_plan()),
            "term": "Q1",
            "on": Q1.end,
            "pair_id": None,
        },
    ),
]


@pytest.mark.parametrize(
    ("function", "arguments", "bad"),
    [
        pytest.param(function, {**good, arg: WRONG}, arg, id=f"{name}-{arg}")
        for name, function, good in REPORT_CALLS
        for arg in good
    ],
)
def test_a_wrong_type_to_any_report_argument_is_refused_with_its_path(
    function, arguments, bad
):
    with pytest.raises(ValidationError) as info:
        function(**arguments)
    assert [p.path for p in info.value.problems] == [f"$.{bad}"]
